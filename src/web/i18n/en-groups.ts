import type { viGroups } from './vi-groups';

export const enGroups: Record<keyof typeof viGroups, string> = {
  'group.tabInfo': 'Details',
  'group.tabMembers': 'Members',
  'group.help':
    'A steering committee, subcommittee or working group is made of units under its parent unit, at any level. It issues plans, assigns tasks to its members and sees their work for its plans; each member reports weekly to it while a member.',
  'group.member': 'Member unit',
  'group.role': 'Role',
  'group.from': 'Since',
  'group.empty': 'No members yet. Pick a unit and press “Add member”.',
  'group.pick': 'Search units under the parent unit…',
  'group.rolePlaceholder': 'Member',
  'group.add': 'Add member',
  'group.added': '{name} added; it now reports weekly to the group.',
  'group.remove': 'End membership',
  'group.removeConfirm':
    'End this membership today? The unit will no longer report weekly to the group.',
  'group.removed': 'Membership updated.',
};
