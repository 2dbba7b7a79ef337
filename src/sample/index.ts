/** The bundled example (the document's 2021 figures), shared by the command-line sample and the task pane's "Buat Contoh". */
export * from './dataNtt2021';
export * from './susunContoh';
