import type { Explanations } from "../explanations.ts";

// Leichte Sprache: kurze Sätze, eine Aussage je Satz, bekannte Wörter, keine Abkürzungen, aktiv
// statt passiv, schwere Wörter erklärt. Lange Wörter mit Binde-Strich (Ausbildungs-Platz).
export default {
  "service.TRAINING_COUNSELLING":
    "Eine Ausbildung ist ein Weg zu einem Beruf. Sie lernen dabei in einem Betrieb und in der Berufs-Schule. Bei der Ausbildungs-Beratung bekommen Sie Antworten auf Ihre Fragen zur Ausbildung.",
  "service.CAREER_ORIENTATION":
    "Es gibt sehr viele Berufe. Bei der Berufs-Orientierung finden Sie heraus: Welcher Beruf passt zu mir? Sie lernen Berufe kennen und probieren manche Berufe aus.",
  "service.RECOGNITION_OF_QUALIFICATIONS":
    "Sie haben ein Zeugnis aus einem anderen Land? Zum Beispiel von einer Schule, einer Ausbildung oder einer Universität. Die Beratung hilft Ihnen: Dann kann Ihr Zeugnis auch in Deutschland gelten.",
  "service.APPLICATION_HELP":
    "Eine Bewerbung ist ein Brief an einen Betrieb. Darin schreiben Sie: Ich möchte bei Ihnen lernen oder arbeiten. Die Beratung hilft Ihnen beim Schreiben. Sie üben auch das Gespräch mit dem Betrieb.",
  "service.LANGUAGE_COURSES":
    "In einem Sprach-Kurs lernen Sie Deutsch. Sie lernen zusammen mit anderen Menschen und mit einer Lehrerin oder einem Lehrer. Gutes Deutsch hilft Ihnen in der Ausbildung und im Beruf.",
  "service.COMPANY_COUNSELLING":
    "Diese Beratung ist für Betriebe. Ein Betrieb ist zum Beispiel eine Firma, ein Geschäft oder eine Werkstatt. Der Betrieb bekommt Hilfe: Er möchte junge Menschen ausbilden. Oder er möchte Menschen aus anderen Ländern Arbeit geben.",
  "service.MATCHING":
    "Sie suchen einen Ausbildungs-Platz? Die Beratung sucht mit Ihnen einen passenden Betrieb. Sie bringt Sie und den Betrieb zusammen.",
  "service.RESIDENCE_LAW_COUNSELLING":
    "Das Aufenthalts-Recht sind die Regeln: Wer darf in Deutschland wohnen und arbeiten? Und wie lange? Die Beratung erklärt Ihnen diese Regeln. Sie hilft Ihnen auch bei Briefen vom Amt.",
  "service.SOCIAL_COUNSELLING":
    "Sie haben Sorgen im Alltag? Zum Beispiel mit Geld, mit der Wohnung oder in der Familie. Die Beratung hört Ihnen zu. Sie sucht mit Ihnen eine Lösung.",
  "target.YOUNG_PEOPLE":
    "Diese Angebote sind für Jugendliche und junge Erwachsene. Zum Beispiel: Sie gehen noch zur Schule. Oder Sie sind mit der Schule fertig und suchen eine Ausbildung.",
  "target.ADULTS":
    "Diese Angebote sind für Erwachsene. Zum Beispiel: Sie möchten einen neuen Beruf lernen. Oder Sie möchten mit Ihrem Beruf in Deutschland arbeiten.",
  "target.PARENTS":
    "Diese Angebote sind für Mütter und Väter. Sie bekommen Antworten auf Ihre Fragen zur Schule und zur Ausbildung von Ihrem Kind. So können Sie Ihrem Kind gut helfen.",
  "target.REFUGEES":
    "Diese Angebote sind für Menschen mit Flucht-Erfahrung. Das bedeutet: Sie mussten Ihr Land verlassen. Zum Beispiel wegen Krieg oder Gefahr. Die Beratung hilft Ihnen auf dem Weg in Ausbildung und Arbeit.",
  "target.COMPANIES":
    "Diese Angebote sind für Betriebe. Ein Betrieb ist zum Beispiel eine Firma, ein Geschäft oder eine Werkstatt. Betriebe bekommen hier Hilfe. Zum Beispiel bei der Suche nach Menschen für eine Ausbildung.",
  "target.ORGANISATIONS":
    "Diese Angebote sind für Vereine, Schulen und Beratungs-Stellen. Diese Gruppen arbeiten selbst mit Menschen. Sie bekommen hier Wissen und Hilfe für ihre Arbeit.",
} satisfies Explanations;
