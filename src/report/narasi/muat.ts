/**
 * What a run needs of the narratives, in one module that jalankanLaporan loads on demand (a chunk of its own in
 * the task pane's build, like the daily prices): the wording of the drafts stays out of the pane's first download.
 */
export { drafSemuaNarasi } from './draf';
export { susunLembarNarasi } from '../susunNarasi';
