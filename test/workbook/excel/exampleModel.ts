/**
 * The example plan in the fake Excel, and its check read, for the tests that change one thing in it (a total
 * row, a header row turned off, a date-formatted amount) and compare with the plain example.
 */
import { checkSnapshot, exampleContent, planWorkbook } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

/** The Excel adapter over `model`, on an Excel that supports every requirement set. */
export const excelPort = (model: FakeModel) =>
  new ExcelWorkbook({ run: recordingRunner(new RecordingContext(model)), isSetSupported: () => true });

/** A fake workbook holding the example plan, written by the adapter as the pane writes a new one. */
export async function exampleModel(): Promise<FakeModel> {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  await excelPort(model).apply(planWorkbook(exampleContent({ startYear: 2027 })));
  return model;
}

/** The check read of `model` and the check of it. */
export async function checkModel(model: FakeModel) {
  const snapshot = await excelPort(model).read('check');
  return { snapshot, result: checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' }) };
}
