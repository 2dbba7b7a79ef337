/**
 * The rules of an Excel workbook that both workbook adapters (Office.js in src/excel, .xlsx files in
 * src/cli) and the fake Excel host of the tests must agree on, each written once:
 *
 *   alamat.ts        A1 addresses, Excel's grid (1 048 576 × 16 384), references of defined names
 *   nama.ts          sheet names and defined names Excel accepts, the LKIP_ inputs, the ownership markers
 *   periksaModel.ts  what makes a sheet model unwritable, checked before any cell is written
 *   galat.ts         GalatPort, the one error type of the port (a code and an Indonesian message)
 *
 * Pure functions and data: no Office.js, no ExcelJS, no Node.
 */
export * from './alamat';
export * from './nama';
export * from './periksaModel';
export * from './galat';
