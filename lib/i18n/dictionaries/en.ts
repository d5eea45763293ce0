/** English UI strings. Typed as `Dictionary`, so a missing or extra key is a type error. */
import type { Dictionary } from './es'

const en: Dictionary = {
  site: {
    name: 'Stagecraft',
    tagline: 'Docker images that are small, fast to build and secure',
    description:
      'An interactive course on building Docker images that are small, fast to build and secure: layers, caching, multi-stage builds and security.',
    skipToContent: 'Skip to content',
    homeLink: 'Stagecraft, course home',
    primaryNav: 'Main',
    nav: { course: 'Course' },
    languageSwitch: 'Language',
    switchTo: (language: string) => `View this page in ${language}`,
    themeToggle: 'Dark theme',
    themeFollowSystem: 'Use the system theme',
    footerNote: 'Stagecraft is an open course. Everything runs in your browser: no accounts, no trackers.',
  },
  home: {
    title: 'Build Docker images that are small, fast and secure',
    lead: 'A hands-on course, one lesson at a time: understand how an image is built, then apply the techniques that make it lighter, faster to rebuild and smaller as an attack surface.',
    courseMap: 'Course map',
    progressSummary: (done: number, total: number) => `${done} of ${total} lessons completed`,
    progressStored: 'Your progress is stored only in this browser.',
    resetProgress: 'Clear my progress',
    resetConfirm: 'Are you sure you want to clear your progress in this browser?',
    lessonNumber: (n: number) => `Lesson ${n}`,
    startCourse: 'Start the course',
  },
  progress: {
    notStarted: 'Not started',
    started: 'In progress',
    completed: 'Completed',
  },
  lesson: {
    position: (n: number, total: number) => `Lesson ${n} of ${total}`,
    minutes: (n: number) => `${n} min read`,
    youWillLearn: 'What you will learn',
    onThisPage: 'On this page',
    pager: 'Previous and next lessons',
    previous: 'Previous',
    next: 'Next',
    backToCourse: 'Back to the course map',
    markAsRead: 'Mark as read',
    markedAsRead: 'Lesson completed',
    exercise: 'Exercise',
  },
  code: {
    copy: 'Copy',
    copyLabel: 'Copy the code',
    copied: 'Copied',
    copyFailed: 'Could not copy',
    bad: 'Bad example',
    good: 'Good example',
    rules: 'Rules',
    languages: {
      dockerfile: 'Dockerfile',
      bash: 'Bash',
      sh: 'Shell',
      shell: 'Shell',
      console: 'Terminal',
      json: 'JSON',
      yaml: 'YAML',
      text: 'Text',
      ignore: '.dockerignore',
      nginx: 'nginx',
    },
  },
  mdx: {
    callout: { note: 'Note', tip: 'Tip', pitfall: 'Pitfall' },
    deepDive: 'Deep dive',
    before: 'Before',
    after: 'After',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you are looking for does not exist or has moved.',
    backHome: 'Go to the course home',
  },
  gateway: {
    choose: 'Choose your language',
  },
}

export default en
