/**
 * What each OS family ships: users, groups, commands on PATH, package manager. Figures from the
 * images' own /etc/passwd and /etc/group (debian base-passwd, alpine-baselayout 3.4, busybox,
 * distroless's `passwd` rule), summarised in ../shared/reference/build-semantics.md §4.
 */
import type { ImageFamily, PackageManager } from './types'

export interface FamilyBase {
  family: ImageFamily
  uids: Record<string, number>
  groups: string[]
  /** Command names available on the default PATH. */
  commands: string[]
  packageManager: PackageManager
  shell: string | null
  /** Paths every image of the family has. */
  paths: string[]
}

const PATH_DEFAULT = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
export const DEFAULT_PATH = PATH_DEFAULT

const COREUTILS = [
  'sh', 'ls', 'cat', 'cp', 'mv', 'rm', 'mkdir', 'rmdir', 'chmod', 'chown', 'chgrp', 'ln', 'echo', 'printf', 'test', '[', 'true',
  'false', 'grep', 'sed', 'tar', 'gzip', 'gunzip', 'zcat', 'find', 'xargs', 'sort', 'head', 'tail', 'touch', 'env', 'id', 'whoami', 'uname',
  'date', 'sleep', 'kill', 'hostname', 'cut', 'tr', 'wc', 'uniq', 'tee', 'basename', 'dirname', 'readlink', 'realpath', 'stat',
  'md5sum', 'sha256sum', 'sha1sum', 'base64', 'install', 'mktemp', 'nproc', 'seq', 'yes', 'df', 'du', 'dd', 'sync', 'timeout',
  'nice', 'mount', 'umount', 'su', 'awk', 'which', 'expr', 'ln', 'pwd', 'cmp', 'diff', 'tac', 'od', 'split', 'fold', 'more',
]

const DEBIAN_COMMANDS = [
  ...COREUTILS, 'bash', 'dash', 'apt', 'apt-get', 'apt-cache', 'apt-key', 'apt-mark', 'dpkg', 'dpkg-query', 'useradd', 'userdel', 'usermod',
  'groupadd', 'groupdel', 'passwd', 'chpasswd', 'getent', 'login', 'groups', 'run-parts', 'perl', 'gpgv', 'mawk', 'rgrep', 'egrep',
  'fgrep', 'zgrep', 'tempfile', 'update-alternatives', 'mknod', 'chroot', 'ldconfig', 'ldd', 'setpriv', 'runuser',
]

const BUSYBOX_APPLETS = [
  ...COREUTILS, 'ash', 'wget', 'ps', 'top', 'vi', 'adduser', 'addgroup', 'deluser', 'delgroup', 'unzip', 'bzip2', 'xz', 'unxz', 'nc',
  'ping', 'ip', 'ifconfig', 'less', 'free', 'nslookup', 'traceroute', 'xxd', 'egrep', 'fgrep', 'passwd', 'getty', 'watch',
  'hexdump', 'patch', 'crond', 'crontab', 'netstat', 'pgrep', 'pkill', 'killall', 'chroot', 'mknod', 'setuidgid', 'ls', 'httpd',
]

const ALPINE_COMMANDS = [...BUSYBOX_APPLETS, 'apk', 'getent', 'ldd', 'scanelf', 'ssl_client', 'ldconfig', 'iconv']

export const FAMILIES: Record<'debian' | 'ubuntu' | 'ubuntu-noble' | 'alpine' | 'busybox' | 'distroless' | 'chainguard' | 'chainguard-dev' | 'scratch' | 'rhel' | 'rhel-micro', FamilyBase> = {
  debian: {
    family: 'debian',
    uids: {
      root: 0, daemon: 1, bin: 2, sys: 3, sync: 4, games: 5, man: 6, lp: 7, mail: 8, news: 9, uucp: 10, proxy: 13,
      'www-data': 33, backup: 34, list: 38, irc: 39, _apt: 42, nobody: 65534,
    },
    groups: [
      'root', 'daemon', 'bin', 'sys', 'adm', 'tty', 'disk', 'lp', 'mail', 'news', 'uucp', 'man', 'proxy', 'kmem', 'dialout', 'fax',
      'voice', 'cdrom', 'floppy', 'tape', 'sudo', 'audio', 'dip', 'www-data', 'backup', 'operator', 'list', 'irc', 'src', 'shadow',
      'utmp', 'video', 'sasl', 'plugdev', 'staff', 'games', 'users', 'nogroup',
    ],
    commands: DEBIAN_COMMANDS,
    packageManager: 'apt',
    shell: '/bin/sh',
    paths: ['/bin/sh', '/bin/bash', '/usr/bin/apt-get', '/usr/bin/dpkg', '/etc/passwd', '/etc/group', '/etc/os-release', '/tmp', '/root', '/var/lib/dpkg'],
  },
  ubuntu: {
    family: 'ubuntu',
    uids: {
      root: 0, daemon: 1, bin: 2, sys: 3, sync: 4, games: 5, man: 6, lp: 7, mail: 8, news: 9, uucp: 10, proxy: 13,
      'www-data': 33, backup: 34, list: 38, irc: 39, _apt: 42, nobody: 65534,
    },
    groups: [
      'root', 'daemon', 'bin', 'sys', 'adm', 'tty', 'disk', 'lp', 'mail', 'news', 'uucp', 'man', 'proxy', 'kmem', 'dialout', 'fax',
      'voice', 'cdrom', 'floppy', 'tape', 'sudo', 'audio', 'dip', 'www-data', 'backup', 'operator', 'list', 'irc', 'src', 'shadow',
      'utmp', 'video', 'sasl', 'plugdev', 'staff', 'games', 'users', 'nogroup',
    ],
    commands: DEBIAN_COMMANDS,
    packageManager: 'apt',
    shell: '/bin/sh',
    paths: ['/bin/sh', '/bin/bash', '/usr/bin/apt-get', '/usr/bin/dpkg', '/etc/passwd', '/etc/group', '/etc/os-release', '/tmp', '/root', '/var/lib/dpkg'],
  },
  'ubuntu-noble': {
    // Ubuntu 24.04 images add an `ubuntu` user with uid 1000.
    family: 'ubuntu',
    uids: {
      root: 0, daemon: 1, bin: 2, sys: 3, sync: 4, games: 5, man: 6, lp: 7, mail: 8, news: 9, uucp: 10, proxy: 13,
      'www-data': 33, backup: 34, list: 38, irc: 39, _apt: 42, nobody: 65534, ubuntu: 1000,
    },
    groups: [
      'root', 'daemon', 'bin', 'sys', 'adm', 'tty', 'disk', 'lp', 'mail', 'news', 'uucp', 'man', 'proxy', 'kmem', 'dialout', 'fax',
      'voice', 'cdrom', 'floppy', 'tape', 'sudo', 'audio', 'dip', 'www-data', 'backup', 'operator', 'list', 'irc', 'src', 'shadow',
      'utmp', 'video', 'sasl', 'plugdev', 'staff', 'games', 'users', 'nogroup', 'ubuntu',
    ],
    commands: DEBIAN_COMMANDS,
    packageManager: 'apt',
    shell: '/bin/sh',
    paths: ['/bin/sh', '/bin/bash', '/usr/bin/apt-get', '/usr/bin/dpkg', '/etc/passwd', '/etc/group', '/etc/os-release', '/tmp', '/root', '/home/ubuntu', '/var/lib/dpkg'],
  },
  alpine: {
    family: 'alpine',
    uids: {
      root: 0, bin: 1, daemon: 2, lp: 4, sync: 5, shutdown: 6, halt: 7, mail: 8, news: 9, uucp: 10, cron: 16, ftp: 21, sshd: 22,
      games: 35, ntp: 123, guest: 405, nobody: 65534,
    },
    groups: [
      'root', 'bin', 'daemon', 'sys', 'adm', 'tty', 'disk', 'lp', 'kmem', 'wheel', 'floppy', 'mail', 'news', 'uucp', 'cron', 'audio',
      'cdrom', 'dialout', 'ftp', 'sshd', 'input', 'tape', 'video', 'netdev', 'kvm', 'games', 'shadow', 'www-data', 'users', 'ntp',
      'abuild', 'utmp', 'ping', 'nogroup', 'nobody',
    ],
    commands: ALPINE_COMMANDS,
    packageManager: 'apk',
    shell: '/bin/sh',
    paths: ['/bin/sh', '/bin/busybox', '/sbin/apk', '/etc/passwd', '/etc/group', '/etc/os-release', '/tmp', '/root', '/lib/ld-musl-x86_64.so.1'],
  },
  busybox: {
    family: 'busybox',
    uids: { root: 0, daemon: 1, bin: 2, sys: 3, sync: 4, mail: 8, 'www-data': 33, operator: 37, nobody: 65534 },
    groups: ['root', 'daemon', 'bin', 'sys', 'adm', 'tty', 'disk', 'lp', 'mail', 'kmem', 'wheel', 'cdrom', 'dialout', 'floppy', 'audio', 'tape', 'video', 'www-data', 'operator', 'users', 'nogroup'],
    commands: BUSYBOX_APPLETS,
    packageManager: null,
    shell: '/bin/sh',
    paths: ['/bin/sh', '/bin/busybox', '/etc/passwd', '/etc/group', '/tmp', '/root'],
  },
  distroless: {
    family: 'distroless',
    uids: { root: 0, nonroot: 65532, nobody: 65534 },
    groups: ['root', 'nonroot', 'nobody', 'tty', 'staff'],
    commands: [],
    packageManager: null,
    shell: null,
    paths: ['/etc/passwd', '/etc/group', '/etc/ssl/certs/ca-certificates.crt', '/usr/share/zoneinfo', '/etc/os-release', '/tmp', '/home/nonroot', '/root'],
  },
  chainguard: {
    family: 'chainguard',
    uids: { root: 0, nonroot: 65532 },
    groups: ['root', 'nonroot'],
    commands: [],
    packageManager: null,
    shell: null,
    paths: ['/etc/passwd', '/etc/group', '/etc/ssl/certs/ca-certificates.crt', '/etc/os-release', '/tmp', '/home/nonroot'],
  },
  'chainguard-dev': {
    family: 'wolfi',
    uids: { root: 0, nonroot: 65532 },
    groups: ['root', 'nonroot'],
    commands: [...ALPINE_COMMANDS, 'bash'],
    packageManager: 'apk',
    shell: '/bin/sh',
    paths: ['/bin/sh', '/bin/bash', '/bin/busybox', '/usr/bin/apk', '/etc/passwd', '/etc/group', '/etc/ssl/certs/ca-certificates.crt', '/etc/os-release', '/tmp', '/home/nonroot'],
  },
  scratch: {
    family: 'scratch',
    uids: {},
    groups: [],
    commands: [],
    packageManager: null,
    shell: null,
    paths: [],
  },
  rhel: {
    family: 'rhel',
    uids: { root: 0, bin: 1, daemon: 2, adm: 3, lp: 4, sync: 5, shutdown: 6, halt: 7, mail: 8, operator: 11, games: 12, ftp: 14, nobody: 65534 },
    groups: ['root', 'bin', 'daemon', 'sys', 'adm', 'tty', 'disk', 'lp', 'mem', 'kmem', 'wheel', 'cdrom', 'mail', 'man', 'dialout', 'floppy', 'games', 'tape', 'video', 'ftp', 'lock', 'audio', 'users', 'nobody', 'utmp', 'input', 'kvm', 'render', 'systemd-journal'],
    commands: [...COREUTILS, 'bash', 'dnf', 'yum', 'microdnf', 'rpm', 'useradd', 'groupadd', 'usermod', 'getent', 'curl'],
    packageManager: 'dnf',
    shell: '/bin/sh',
    paths: ['/bin/sh', '/bin/bash', '/usr/bin/rpm', '/etc/passwd', '/etc/group', '/etc/os-release', '/tmp', '/root'],
  },
  'rhel-micro': {
    family: 'rhel',
    uids: { root: 0, bin: 1, daemon: 2, nobody: 65534 },
    groups: ['root', 'bin', 'daemon', 'users', 'nobody'],
    commands: [...COREUTILS, 'bash'],
    packageManager: null,
    shell: '/bin/sh',
    paths: ['/bin/sh', '/bin/bash', '/etc/passwd', '/etc/group', '/etc/os-release', '/tmp', '/root'],
  },
}

/** Compilers and build tools a `buildpack-deps` based image (node, python, golang, rust full tags) carries. */
export const BUILDPACK_TOOLS = ['gcc', 'g++', 'cc', 'c++', 'make', 'git', 'curl', 'wget', 'ssh', 'gpg', 'ps', 'xz', 'unzip', 'bzip2', 'patch', 'file', 'pkg-config', 'python3', 'autoconf', 'automake']
