/** Lines an operation said (a roll: its outcome first, then what it left out), in one message bar. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export function NoteList({ lines, failed = false }: { readonly lines: readonly string[]; readonly failed?: boolean }) {
  return (
    <MessageBar intent={failed ? 'error' : 'info'} layout="multiline">
      <MessageBarBody>
        <ul className="tp-list">
          {lines.map((line, n) => (
            <li key={n}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
