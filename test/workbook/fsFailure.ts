/** The FileSystemError a write refused with (the test fails when it did not refuse, or refused otherwise). */
import { FileSystemError } from '../../src/workbook/safeWrite';

export async function failure(p: Promise<unknown>): Promise<FileSystemError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FileSystemError);
  return e as FileSystemError;
}
