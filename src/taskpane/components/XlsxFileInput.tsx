/**
 * A hidden file input for one .xlsx workbook, clicked through by a button beside it: the file chosen is handed
 * on and the input emptied, so that choosing the same file again (after she changed it in Excel) reads it again.
 */
import { forwardRef } from 'react';

/** What the file dialog offers: .xlsx workbooks. */
export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  readonly label: string;
  readonly testId: string;
  readonly onFile: (file: File) => void;
}

export const XlsxFileInput = forwardRef<HTMLInputElement, Props>(function XlsxFileInput(
  { label, testId, onFile },
  ref,
) {
  return (
    <input
      ref={ref}
      type="file"
      accept={XLSX_ACCEPT}
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const f = e.target.files?.[0];
        if (f) onFile(f);
        e.target.value = '';
      }}
    />
  );
});
