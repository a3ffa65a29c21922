import { sharedKeys } from '../../../lib/shared-keys';

// The session is shared: the projects feature reads the same entry to show management actions.
export const authKeys = { me: sharedKeys.me, config: ['auth', 'config'] as const };
