/**
 * The IDs on the saved versions and archives, hidden sheets a check reads only the ID columns of: never handed out
 * again (SPEC §4; a roll archives a finished measure with its ID). One versions read when the view opens, as
 * Endringer does; versionIds takes the same columns of them as the check, so both count the same IDs.
 */
import { useEffect, useState } from 'react';
import { versionIds, type WorkbookSnapshot } from '../../domain';

export function useArchivedIds(readVersions: () => Promise<WorkbookSnapshot | null>): readonly string[] {
  const [archived, setArchived] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    void readVersions().then((s) => live && s !== null && setArchived(versionIds(s)));
    return () => {
      live = false;
    };
  }, [readVersions]);
  return archived;
}
