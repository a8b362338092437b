/** Every string the widgets show or announce, in English. Other locales mirror this shape. */
export const en = {
  helpBanner: {
    heading: 'Get help now',
    call: (number: string) => `Call ${number}`,
    text: (number: string) => `Text ${number}`,
    emergencyLead: 'In danger now?',
    crisisLead: 'In crisis or thinking about suicide?',
    or: 'or',
    callEmergency: (number: string) => `Call ${number}`,
    callCrisis: (number: string) => `Call ${number}`,
    textCrisis: (number: string) => `text ${number}`,
    close: 'Close help banner',
  },
};

export type UiStrings = typeof en;
