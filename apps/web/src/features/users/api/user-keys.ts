import { sharedKeys } from '../../../lib/shared-keys';

// Shared (lib/shared-keys): the project dialog reads the same list to offer employees, so a new or
// changed user shows up there too.
export const userKeys = { all: sharedKeys.users, list: sharedKeys.userList };
