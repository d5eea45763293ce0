/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import DL3001 from './DL3001'
import DL3003 from './DL3003'
import DL3004 from './DL3004'
import DL3008 from './DL3008'
import DL3009 from './DL3009'
import DL3010 from './DL3010'
import DL3013 from './DL3013'
import DL3014 from './DL3014'
import DL3015 from './DL3015'
import DL3016 from './DL3016'
import DL3018 from './DL3018'
import DL3019 from './DL3019'
import DL3027 from './DL3027'
import DL3042 from './DL3042'
import DL3047 from './DL3047'
import DL3059 from './DL3059'
import DL3060 from './DL3060'
import DL4001 from './DL4001'
import DL4006 from './DL4006'

export const runRules: readonly Rule[] = [
  DL3001, DL3003, DL3004, DL3008, DL3009, DL3010, DL3013, DL3014, DL3015, DL3016, DL3018, DL3019,
  DL3027, DL3042, DL3047, DL3059, DL3060, DL4001, DL4006,
]
