// The booking dialog: where the suggested hourly rate comes from (context = the rate source).

export const bookingMessagesDe = {
  RATE_SUGGESTION: {
    default: 'Kein Stundensatz hinterlegt',
    member: 'Satz aus Projektmitglied',
    task: 'Satz aus Task {{task}}',
    taskUnnamed: 'Satz aus Task',
    project: 'Satz aus Projekt',
    user: 'Standardsatz des Mitarbeiters',
  },
} as const;
