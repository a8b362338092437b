/** Every string the widgets show or announce, in English. Other locales mirror this shape. */
export const en = {
  /** Shared by every widget: call links and the emergency line. */
  common: {
    call: (number: string) => `Call ${number}`,
    text: (number: string) => `Text ${number}`,
    textLower: (number: string) => `text ${number}`,
    emergencyLead: 'In danger now?',
    crisisLead: 'In crisis or thinking about suicide?',
    or: 'or',
  },
  helpBanner: {
    heading: 'Get help now',
    close: 'Close help banner',
  },
};

export type UiStrings = typeof en;
