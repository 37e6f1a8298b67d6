/**
 * Struktur: create or repair the workbook's structure with a preview of every change, applied only on
 * confirmation; and roll the plan one year forward into a new workbook, after a confirmation dialog.
 */
import { Text } from '@fluentui/react-components';
import { tp } from '../../i18n/taskpane';
import type { ViewProps } from '../components/types';
import { RepairPreview } from './RepairPreview';
import { RollForward, type OpenNew } from './RollForward';
import { SaveVersionForm } from './SaveVersionForm';

export interface StructureProps extends ViewProps {
  /** Opens the rolled workbook (RollForward's OpenNew). */
  readonly openNew?: OpenNew;
}

export function StructureView(props: StructureProps): JSX.Element {
  const { lang } = props;
  return (
    <section aria-labelledby="structure-heading" className="tp-view">
      <h2 id="structure-heading" className="tp-heading">
        {tp(lang, 'tabStructure')}
      </h2>
      <Text>{tp(lang, 'structureIntro')}</Text>
      <RepairPreview {...props} />
      <SaveVersionForm {...props} />
      <RollForward {...props} />
    </section>
  );
}
