import type { Pack, Translation } from '../../types.js';
import {
  benzodiazepineCycleEs,
  benzodiazepinePathwaysEs,
  benzodiazepineSignsEs,
  benzodiazepineStatsEs,
  classFactsEs,
  supportTipsEs,
} from './benzodiazepine.js';

/**
 * Alprazolam (Xanax) in Spanish: the text of packs/alprazolam.ts, by section and fact id. Its
 * off-label and in-the-body sections are empty in English, so there is nothing to translate there.
 */
export const alprazolamEs: Translation<Pack> = {
  signs: benzodiazepineSignsEs('alprazolam'),
  pathways: benzodiazepinePathwaysEs('alprazolam'),
  facts: {
    whatItIs: {
      class: {
        text: 'Xanax es un nombre comercial del alprazolam. El alprazolam es una benzodiazepina, un tipo de medicamento que calma.',
      },
      'how-it-works': classFactsEs.howItWorks,
    },
    approvedUses: {
      anxiety: { text: 'Está aprobado para el tratamiento a corto plazo del trastorno de ansiedad generalizada en adultos.' },
      panic: {
        text: 'Está aprobado para tratar el trastorno de pánico, con o sin agorafobia, en adultos. La forma de liberación prolongada (Xanax XR) está aprobada solo para el trastorno de pánico.',
      },
    },
    dependence: {
      dependence: {
        text: 'La dependencia física puede empezar incluso con un uso a corto plazo y con las dosis recetadas. Las dosis más altas y el uso por más tiempo aumentan el riesgo.',
      },
      'not-addiction': classFactsEs.notAddiction,
    },
    safety: {
      'never-stop-suddenly': {
        text: 'Nunca deje de tomarlo de golpe. Dejarlo de golpe, o reducir la dosis demasiado rápido, puede causar una abstinencia que puede poner en peligro la vida, con síntomas como convulsiones.',
      },
      'opioids-alcohol': {
        text: 'Tomarlo con opioides puede causar somnolencia profunda, respiración más lenta, coma y muerte. El alcohol y otras drogas que dan sueño (sedantes) hacen que sus efectos sean peligrosamente más fuertes.',
      },
      'older-adults': classFactsEs.olderAdults,
    },
  },
  cycle: benzodiazepineCycleEs(
    'Una persona toma alprazolam con regularidad, para la ansiedad o el pánico. Si debe seguir tomándolo se decide con su médico.',
  ),
  stats: {
    'ed-visits-2011': {
      figure: '123,744',
      label: 'visitas a salas de emergencias se relacionaron con el uso indebido de alprazolam; en la mayoría también hubo otras drogas',
      year: '2011',
    },
    ...benzodiazepineStatsEs,
  },
  tips: supportTipsEs,
};
