/**
 * The fake Excel host of the tests, in four parts: the workbook and Excel's cell rules (bukuPalsu.ts), the
 * request context and its batching rules (konteksPalsu.ts), the Office.js object model (objekPalsu.ts), and
 * Excel.run over a workbook (hostExcel.ts). The browser test adds the Office globals (officePalsu.ts) and
 * bundles it all for Chromium.
 */
export * from './bukuPalsu';
export * from './konteksPalsu';
export * from './hostExcel';
