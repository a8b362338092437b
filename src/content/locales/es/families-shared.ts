import type { Sign, SourcedText, Translation } from '../../types.js';

/* The Spanish of families/shared.ts, the content the alcohol and opioid families share. */

export const DEPENDS_ES = 'Depende de sus necesidades. Su equipo de atención médica le puede dar más información.';

export const suicideSignEs = {
  text: { self: 'Pensamientos de suicidio o de hacerse daño', lovedOne: 'Hablar de suicidio o de hacerse daño' },
} satisfies Translation<Sign>;

export const crisisRouteEs = {
  text: {
    self: '¿Piensa en el suicidio o en hacerse daño? Llame al 988 y marque 2, o envíe AYUDA al 988, para hablar con alguien ahora. Hay ayuda disponible, y las cosas pueden mejorar.',
    lovedOne:
      '¿Su ser querido piensa en el suicidio o en hacerse daño? Llame al 988 y marque 2, o envíe AYUDA al 988. El 988 también ayuda a familiares y amigos preocupados. Hay ayuda disponible.',
  },
} satisfies Translation<SourcedText>;
