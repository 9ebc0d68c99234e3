import { can, isAuthenticated, widgetField, type RuleFragment } from '../../access/rules';

export const noteRules: RuleFragment = {
  Customer: { notes: widgetField('notes:read'), popupNotes: widgetField('notes:read') },
  Mutation: { addNote: can('notes:write'), setNotePopup: can('notes:write') },
  CustomerNote: isAuthenticated,
};
