import type { Translation } from '../../types.js';
import type { UiStrings } from '../en.js';

/*
 * Every UI string in Spanish (US, for a Latin American audience): neutral, formal "usted". One
 * part per widget, as in `en.ts`. The 988 links say how to reach the line in Spanish: press 2, or
 * text AYUDA (clinical-notes.md §3).
 */

const call = (number: string) => `Llame al ${number}`;
const text = (number: string) => `Envíe un mensaje de texto al ${number}`;
const textLower = (number: string) => `envíe un mensaje de texto al ${number}`;

export const esCommon = {
  call,
  text,
  textLower,
  crisisCall: (number: string) => `Llame al ${number} y marque 2`,
  crisisText: (number: string) => `Envíe AYUDA al ${number}`,
  crisisTextLower: (number: string) => `envíe AYUDA al ${number}`,
  crisisTextBody: 'AYUDA',
  emergencyLead: '¿Está en peligro ahora?',
  crisisLead: '¿Está en crisis o tiene pensamientos de suicidio?',
  or: 'o',
  referralLead:
    'Ayuda gratuita y confidencial para encontrar tratamiento, en inglés y en español: la línea de ayuda de SAMHSA (SAMHSA National Helpline).',
  providedBy: (site: string) => `Información de ${site || 'este sitio'}`,
  references: (count: number) => `Fuentes en inglés (${count})`,
} satisfies Translation<UiStrings['common']>;

export const esHelpBanner = {
  heading: 'Busque ayuda ahora',
  close: 'Cerrar el aviso de ayuda',
  lineName: (center: string) => (center ? `Admisiones de ${center}` : 'Línea del centro de tratamiento'),
} satisfies Translation<UiStrings['helpBanner']>;

export const esChecklist = {
  heading: {
    self: (substance: string) => `Revise si hay señales de un problema con ${substance}`,
    lovedOne: (substance: string) => `¿Le preocupa cómo alguien usa ${substance}?`,
  },
  intro: {
    self: 'Marque todo lo que sea cierto en su caso. Esto es una prueba de detección, no un diagnóstico.',
    lovedOne: 'Marque todo lo que sea cierto en el caso de su ser querido. Esto es una prueba de detección, no un diagnóstico.',
  },
  privacy:
    'Sus respuestas se quedan en su navegador. No se guardan ni se envían a ninguna parte. El sitio solo puede saber qué tipo de resultado obtuvo, nunca sus respuestas.',
  dangerLegend: {
    self: 'Primero: ¿le está pasando algo de esto ahora, o le ha pasado desde que bajó la dosis?',
    lovedOne: 'Primero: ¿le está pasando algo de esto a su ser querido ahora, o le ha pasado desde que bajó la dosis?',
  },
  withdrawalLegend: {
    self: 'Cuando no toma una dosis o toma menos, ¿le pasa algo de esto?',
    lovedOne: 'Cuando su ser querido no toma una dosis o toma menos, ¿le pasa algo de esto?',
  },
  behavioursLegend: {
    self: '¿Se reconoce en algo de esto?',
    lovedOne: '¿Ha notado si su ser querido hace algo de esto?',
  },
  customLegend: {
    self: '¿Algo de esto es cierto en su caso?',
    lovedOne: '¿Algo de esto es cierto en el caso de su ser querido?',
  },
  result: {
    self: {
      none: ['No marcó ninguna señal.', 'Si todavía le preocupa, está bien preguntar. Hable con su médico, o llame al número de abajo.'],
      withdrawal: [
        'Marcó síntomas de abstinencia.',
        'Por sí solos, pueden ser una señal de dependencia física. Esto es común y no es una adicción. Hable con su médico o con la persona que se lo receta sobre estos síntomas, y nunca deje el medicamento de golpe.',
      ],
      some: [
        'Marcó algunas señales de alerta.',
        'Vale la pena hablar de ellas. Hable pronto con su médico, o llame al número de abajo para conversarlo.',
      ],
      several: [
        'Marcó varias señales de alerta.',
        'Por favor, busque apoyo pronto. Hable con su médico, o llame hoy al número de abajo. No tiene que enfrentar esto sin apoyo.',
      ],
    },
    lovedOne: {
      none: [
        'No marcó ninguna señal.',
        'Si todavía le preocupa su ser querido, está bien preguntar. Puede llamar al número de abajo para pedir consejo, aunque su ser querido todavía no esté listo para llamar.',
      ],
      withdrawal: [
        'Marcó síntomas de abstinencia.',
        'Por sí solos, pueden ser una señal de dependencia física. Esto es común y no es una adicción. Anime a su ser querido a hablar con su médico, y a no dejar nunca el medicamento de golpe.',
      ],
      some: [
        'Marcó algunas señales de alerta.',
        'Vale la pena hablar de ellas. Anime a su ser querido a hablar con su médico. Puede llamar al número de abajo para pedir consejo sobre cómo empezar.',
      ],
      several: [
        'Marcó varias señales de alerta.',
        'Es posible que su ser querido necesite apoyo pronto. Anime a su ser querido a hablar con su médico, y llame hoy al número de abajo para pedir consejo. No tiene que enfrentar esto sin apoyo.',
      ],
    },
  },
  noPrescription: {
    self: '¿No tiene una receta propia? Hable con un médico, o llame gratis a la línea de ayuda de SAMHSA (SAMHSA National Helpline), que aparece abajo.',
    lovedOne:
      '¿Su ser querido no tiene una receta propia? Puede hablar con un médico, y usted puede llamar gratis a la línea de ayuda de SAMHSA (SAMHSA National Helpline), que aparece abajo.',
  },
  emergencyHeading: 'Busque ayuda de emergencia ahora',
  cageAid: {
    heading: {
      self: 'Una prueba de detección breve sobre el consumo de alcohol y drogas',
      lovedOne: 'Una prueba de detección breve sobre el consumo de alcohol y drogas de su ser querido',
    },
    intro: 'Responda sí o no a cada pregunta. Esto es una prueba de detección, no un diagnóstico.',
    proxyNote:
      'Estas preguntas se escribieron para que cada persona las responda sobre sí misma. Si responde por otra persona, el resultado es solo una guía aproximada.',
    translationNote:
      'Estas preguntas son nuestra traducción de la prueba original en inglés. Las cifras de precisión vienen de la versión en inglés.',
    yes: 'Sí',
    no: 'No',
    pending: (total: number) => `Responda las ${total} preguntas para ver el resultado.`,
    score: (yes: number, total: number) => `Respondió sí a ${yes} de ${total} preguntas.`,
    result: {
      self: {
        positive:
          'Sus respuestas indican un posible problema con el consumo de alcohol o drogas. Un buen próximo paso es hablar con su médico o con un especialista, o llamar al número de abajo.',
        negative:
          'Sus respuestas no indican un problema. Una prueba breve puede no detectar un problema. Si todavía le preocupa, hable con su médico, o llame al número de abajo.',
        oneYes:
          'Un "sí" está por debajo del punto de corte que se usa aquí, pero algunos médicos cuentan un solo "sí" como motivo para hablar más. Si le preocupa, hable con su médico, o llame al número de abajo.',
      },
      lovedOne: {
        positive:
          'Sus respuestas indican que su ser querido podría tener un problema con el consumo de alcohol o drogas. Anime a su ser querido a hablar con su médico, y llame al número de abajo para pedir consejo sobre cómo ayudar.',
        negative:
          'Sus respuestas no indican un problema. Una prueba breve puede no detectar un problema. Si todavía le preocupa su ser querido, llame al número de abajo para pedir consejo.',
        oneYes:
          'Un "sí" está por debajo del punto de corte que se usa aquí, pero algunos médicos cuentan un solo "sí" como motivo para hablar más. Si le preocupa su ser querido, llame al número de abajo para pedir consejo.',
      },
    },
    notDiagnosis: 'Esto es una prueba de detección, no un diagnóstico.',
    about: 'Acerca de esta prueba',
    aboutText: (name: string, threshold: number) =>
      `${name} es una prueba de detección de 4 preguntas sobre problemas con el alcohol y las drogas. No trata de un medicamento en particular. El resultado es positivo con ${threshold} o más respuestas "sí".`,
    accuracyText: (threshold: number, sensitivity: number, specificity: number) =>
      `Con ${threshold} o más respuestas "sí", detecta a unas ${sensitivity} de cada 100 personas que tienen un problema (sensibilidad del ${sensitivity} %). Descarta correctamente el problema en unas ${specificity} de cada 100 personas que no lo tienen (especificidad del ${specificity} %).`,
  },
  clear: 'Borrar mis respuestas',
  sourcesSummary: 'Fuentes en inglés',
  cleared: 'Sus respuestas se borraron.',
} satisfies Translation<UiStrings['checklist']>;

export const esTimeline = {
  heading: {
    program: 'Su camino en el tratamiento',
    'outpatient-taper': 'Reducción gradual de la dosis, paso a paso',
  },
  youAreHere: 'Usted está aquí',
  duration: 'Duración:',
  sourcesLabel: 'Fuentes:',
  cta: '¿Tiene preguntas sobre algún paso? Llame para pedir consejo.',
} satisfies Translation<UiStrings['timeline']>;

export const esSubstanceFacts = {
  heading: (generic: string, brand: string) => `Información sobre el ${generic} (${brand})`,
  sections: {
    whatItIs: (generic: string) => `¿Qué es el ${generic}?`,
    approvedUses: () => 'Para qué está aprobado',
    offLabelUses: () => 'Otros usos',
    inTheBody: () => 'Cuánto tiempo permanece en el cuerpo',
    dependence: () => 'Tolerancia y dependencia',
    safety: () => 'Cómo mantenerse a salvo',
  },
  cite: 'Fuentes',
  cta: '¿Tiene preguntas sobre su medicamento? Llame para pedir consejo.',
} satisfies Translation<UiStrings['substanceFacts']>;

export const esDependenceCycle = {
  heading: 'Cómo funciona el ciclo de la dependencia',
  loopsBack: 'Luego el ciclo vuelve a empezar en el paso 1.',
  cta: '¿Piensa en dejar el medicamento? Hable primero con su médico. ¿Tiene preguntas sobre el tratamiento? Llame para pedir consejo.',
} satisfies Translation<UiStrings['dependenceCycle']>;

export const esSupportTips = {
  heading: 'Cómo ayudar a un amigo o a un ser querido',
  do: 'Qué hacer',
  dont: 'Qué no hacer',
  cta: '¿No sabe cómo ayudar? Llame para pedir consejo.',
} satisfies Translation<UiStrings['supportTips']>;

export const esStatCards = {
  heading: 'El uso de benzodiazepinas en Estados Unidos',
  partnerHeading: 'En cifras',
  year: 'Año:',
  sourceLabel: 'Fuente:',
  sourceNotGiven: 'Fuente no indicada',
  cta: '¿Le preocupa su situación o la de alguien a quien quiere? Llame para pedir consejo.',
} satisfies Translation<UiStrings['statCards']>;

/** All the parts together, for the content check and the tests. */
export const esUi = {
  common: esCommon,
  helpBanner: esHelpBanner,
  checklist: esChecklist,
  timeline: esTimeline,
  substanceFacts: esSubstanceFacts,
  dependenceCycle: esDependenceCycle,
  supportTips: esSupportTips,
  statCards: esStatCards,
} satisfies Translation<UiStrings>;
