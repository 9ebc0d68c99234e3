import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

export const noteRules: RuleFragment = {
  Customer: { notes: widgetField('notes:read'), popupNotes: widgetField('notes:read') },
  Mutation: {
    addNote: can('notes:write'),
    // Unflagging someone else's note also needs notes:moderate (checked in the service).
    setNotePopup: can('notes:write'),
    // Only the author, within the edit window (checked in the service).
    editNote: can('notes:write'),
    removeNote: can('notes:moderate'),
    // Anyone alerted by a pop-up may stop it alerting them.
    dismissPopupNote: can('notes:read'),
  },
  CustomerNote: isAuthenticated,
};
