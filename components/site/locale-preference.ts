import { defaultLocale, locales } from '@/lib/i18n/locales'

/** The language a visitor picked with the switch; `/` prefers it over the browser's languages. */
export const LOCALE_STORAGE_KEY = 'stagecraft:locale'

/**
 * Inline script for `/`: go to the remembered language, else the first supported browser language,
 * else the default (Spanish). Static and short (runs before paint; a future CSP can allow it by hash).
 */
export const localeRedirectScript = `(function(){var s=${JSON.stringify(locales)},t='${defaultLocale}';try{var p=localStorage.getItem('${LOCALE_STORAGE_KEY}');if(s.indexOf(p)>=0){location.replace('/'+p+'/');return}}catch(e){}var l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];for(var i=0;i<l.length;i++){var c=String(l[i]).slice(0,2).toLowerCase();if(s.indexOf(c)>=0){t=c;break}}location.replace('/'+t+'/')})()`
