import type { Translation, YesNoScreen } from '../../types.js';

/**
 * CAGE-AID in Spanish: our own literal translation of the English wording (instruments/cage-aid.ts).
 * No validated Spanish version is in clinical-notes.md, so each question keeps the English meaning
 * and its "ever" (lifetime) framing; the UI says it is our translation (`cageAid.translationNote`).
 */
export const cageAidEs: Translation<YesNoScreen> = {
  name: 'CAGE-AID',
  preface:
    'Cuando piense en el consumo de drogas, incluya las drogas ilegales y el uso de medicamentos de receta de una forma distinta a la indicada.',
  questions: {
    'cut-down': {
      text: {
        self: '¿Alguna vez ha sentido que debería reducir su consumo de alcohol o de drogas?',
        lovedOne: '¿Alguna vez su ser querido ha sentido que debería reducir su consumo de alcohol o de drogas?',
      },
    },
    annoyed: {
      text: {
        self: '¿Le ha molestado que otras personas critiquen su consumo de alcohol o de drogas?',
        lovedOne: '¿A su ser querido le ha molestado que otras personas critiquen su consumo de alcohol o de drogas?',
      },
    },
    guilty: {
      text: {
        self: '¿Alguna vez se ha sentido mal o culpable por su consumo de alcohol o de drogas?',
        lovedOne: '¿Alguna vez su ser querido se ha sentido mal o culpable por su consumo de alcohol o de drogas?',
      },
    },
    'eye-opener': {
      text: {
        self: '¿Alguna vez ha bebido alcohol o consumido drogas a primera hora de la mañana para calmar los nervios o quitarse la resaca?',
        lovedOne:
          '¿Alguna vez su ser querido ha bebido alcohol o consumido drogas a primera hora de la mañana para calmar los nervios o quitarse la resaca?',
      },
    },
  },
};
