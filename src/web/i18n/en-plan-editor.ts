import type { viPlanEditor } from './vi-plan-editor';

export const enPlanEditor: Record<keyof typeof viPlanEditor, string> = {
  'planEd.phase': 'Phase {n}',
  'planEd.assignment': 'Assignee {n}',
  'planEd.task': 'Task {n}',
  'planEd.basis': 'Basis {n}',
  'planEd.recipient': 'Recipient {n}',
  'planEd.taskDeadline': 'Deadline',
  'planEd.taskRecurrence': 'Frequency',
  'planEd.unitIds': 'Units sharing it',
  'planEd.field': 'A field of the plan',
  'planEd.tooLong': 'too long, please shorten it.',
  'planEd.badValue': 'this value cannot be saved.',
  'planEd.invalid': 'These fields could not be saved; the others are saved as you finish them:',
  'planEd.refused': 'Not submitted. Fix these and submit again:',
  'planEd.overwrite': 'Overwrite with mine',
  'planEd.overwriteConfirm':
    'The version someone else just saved will be replaced by what you see on screen. Overwrite?',
  'planEd.conflictHelp':
    'What you typed is still on screen and kept on this device; autosave is paused. "Load the new version" shows what the other person saved (yours is dropped), "Overwrite with mine" saves yours in its place.',
  'planEd.leaveTitle': 'Leave before saving?',
  'planEd.leaveBody':
    'Your latest changes are not saved on the server. If you leave now, they remain only in the draft kept on this device.',
  'planEd.leave': 'Leave anyway',
  'planEd.stay': 'Stay',
  'planEd.localFound': 'This device keeps a version not saved on the server ({time}).',
  'planEd.localHelp': 'It is what you typed before it could be saved. Restore it, or drop it.',
  'planEd.restore': 'Restore',
  'planEd.notSaved':
    'Your latest changes are not saved yet, so nothing was submitted; see the notice above.',
  'planEd.discard': 'Drop it',
};
