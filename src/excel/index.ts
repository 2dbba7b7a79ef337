/** The Office.js side of the workbook port: the adapter, its request budgets and the stored options. */
export * from './portExcel';
export * from './kuota';
export * from './pengaturan';
export * from './sel';
export * from './deteksi';
