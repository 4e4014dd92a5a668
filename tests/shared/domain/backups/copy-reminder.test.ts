import { describe, expect, it } from 'vitest';
import { copyReminder } from '../../../../shared/domain/backups/copy-reminder';

describe('the reminder to copy backups to a second device (reliability §(b): after 7 days without one)', () => {
  it('counts from the last copy, or from the first backup while there has been no copy, and says nothing before any backup', () => {
    expect(copyReminder({ today: '2026-11-25', lastCopyOn: null, firstBackupOn: null })).toEqual({ isDue: false, daysWithout: null });
    expect(copyReminder({ today: '2026-11-25', lastCopyOn: null, firstBackupOn: '2026-11-19' })).toEqual({ isDue: false, daysWithout: 6 });
    expect(copyReminder({ today: '2026-11-25', lastCopyOn: null, firstBackupOn: '2026-11-18' })).toEqual({ isDue: true, daysWithout: 7 });
    expect(copyReminder({ today: '2026-11-25', lastCopyOn: '2026-11-24', firstBackupOn: '2026-01-01' })).toEqual({
      isDue: false,
      daysWithout: 1,
    });
    // Across a month and a leap day.
    expect(copyReminder({ today: '2028-03-02', lastCopyOn: '2028-02-24', firstBackupOn: '2027-01-01' })).toEqual({
      isDue: true,
      daysWithout: 7,
    });
    // A clock set back never reads as a negative age.
    expect(copyReminder({ today: '2026-11-20', lastCopyOn: '2026-11-25', firstBackupOn: null })).toEqual({ isDue: false, daysWithout: 0 });
  });
});
