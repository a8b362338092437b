import type { Pack, Translation } from '../../types.js';
import {
  benzodiazepineCycleEs,
  benzodiazepinePathwaysEs,
  benzodiazepineSignsEs,
  benzodiazepineStatsEs,
  classFactsEs,
  supportTipsEs,
} from './benzodiazepine.js';

/** Clonazepam (Klonopin) in Spanish: the text of packs/clonazepam.ts, by section and fact id. */
export const clonazepamEs: Translation<Pack> = {
  signs: benzodiazepineSignsEs('clonazepam'),
  pathways: benzodiazepinePathwaysEs('clonazepam'),
  facts: {
    whatItIs: {
      class: {
        text: 'Klonopin es un nombre comercial del clonazepam. El clonazepam es una benzodiazepina de acción prolongada, un tipo de medicamento que calma.',
      },
      'how-it-works': classFactsEs.howItWorks,
    },
    approvedUses: {
      seizures: { text: 'Está aprobado para tratar ciertos trastornos que causan convulsiones.' },
      panic: { text: 'Está aprobado para tratar el trastorno de pánico, con o sin agorafobia.' },
    },
    offLabelUses: {
      'off-label': {
        text: 'A veces, los médicos lo recetan para usos no aprobados (off-label), por ejemplo para el síndrome de piernas inquietas. La ansiedad generalizada no es un uso aprobado.',
      },
    },
    inTheBody: {
      peak: { text: 'Llega a su nivel más alto en la sangre de 1 a 4 horas después de una dosis.' },
      'half-life': { text: 'Su vida media suele ser de 30 a 40 horas, así que permanece en el cuerpo durante días.' },
    },
    dependence: {
      weeks: {
        text: 'La tolerancia y la dependencia física pueden aparecer en cuestión de semanas de uso regular, incluso con las dosis recetadas.',
      },
      'not-addiction': classFactsEs.notAddiction,
    },
    safety: {
      'never-stop-suddenly': {
        text: 'Nunca deje de tomarlo de golpe. Dejarlo de golpe, o reducir la dosis demasiado rápido, puede causar convulsiones que pueden poner en peligro la vida.',
      },
      'opioids-alcohol': {
        text: 'Tomarlo con opioides puede causar somnolencia profunda, respiración más lenta, coma y muerte. El alcohol aumenta el peligro.',
      },
      'older-adults': classFactsEs.olderAdults,
    },
  },
  cycle: benzodiazepineCycleEs(
    'Una persona toma clonazepam con regularidad, para el pánico, las convulsiones u otro problema de salud. Si debe seguir tomándolo se decide con su médico.',
  ),
  stats: benzodiazepineStatsEs,
  tips: supportTipsEs,
};
