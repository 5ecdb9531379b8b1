/**
 * exceljs, loaded when a workbook is first read or written (an export, the plan as a
 * workbook, an import): loaded as the API starts, it and its zip and XML libraries add
 * about 30 MB to every process, which most never need (`npm run bench`, memory).
 */
export const loadExcelJs = async () => (await import('exceljs')).default;
