/** What Endringer compares with: a saved version of the workbook, or a second file she opens (plain browser). */
import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang, VersionInfo } from '../../domain';
import { ct } from '../../i18n/compare';
import { XlsxFileInput } from '../components/XlsxFileInput';
import { FILE, sheetChoice, type OtherFile } from './useChangeSet';

interface ChoiceProps {
  readonly lang: Lang;
  readonly choice: string;
  readonly versions: readonly VersionInfo[];
  readonly other: OtherFile | null;
  readonly setChoice: (choice: string) => void;
}

/** The saved versions and the second file as a drop-down; a line when there is nothing to compare with. */
export function ChangesChoice({ lang, choice, versions, other, setChoice }: ChoiceProps): JSX.Element {
  return (
    <>
      <Field label={ct(lang, 'compareWith')}>
        <Select value={choice} onChange={(_, d) => setChoice(d.value)}>
          <option value="">{ct(lang, 'chooseVersion')}</option>
          {versions.map((v) => (
            <option key={v.sheet} value={sheetChoice(v.sheet)}>
              {ct(lang, 'versionOption', { label: v.label, sheet: v.sheet, date: v.date })}
            </option>
          ))}
          {other && <option value={FILE}>{ct(lang, 'otherFile', { file: other.name })}</option>}
        </Select>
      </Field>
      {versions.length === 0 && !other && <Text>{ct(lang, 'noVersions')}</Text>}
    </>
  );
}

/** The button that opens a second file through its hidden input. */
export function OpenOtherFile({ lang, onFile }: { readonly lang: Lang; readonly onFile: (f: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>{ct(lang, 'openOther')}</Button>
      <XlsxFileInput ref={input} label={ct(lang, 'openOther')} testId="compare-file-input" onFile={onFile} />
    </>
  );
}
