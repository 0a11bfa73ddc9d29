import { type Locale, normalizeLocale, SUPPORTED_LOCALES } from "@kausa/schema";

/**
 * The few words the contact and calendar files carry besides the data, in the seven languages of
 * the finder. Copied from the widget's messages (packages/widget/src/i18n/locales, keys
 * openingHours, byAppointment, days, offers, online, register, sample), so a file says what the finder
 * said; `calendar` names the subscribed calendar.
 */
export interface FileTexts {
  openingHours: string;
  byAppointment: string;
  /** ISO weekdays 1–7, Monday first. */
  days: readonly string[];
  calendar: string;
  online: string;
  register: string;
  sample: string;
}

const TEXTS: Record<Locale, Omit<FileTexts, "days"> & { days: string }> = {
  de: {
    openingHours: "Öffnungszeiten",
    byAppointment: "Termin erforderlich",
    days: "Mo,Di,Mi,Do,Fr,Sa,So",
    calendar: "Angebote und Termine",
    online: "Online",
    register: "Anmelden",
    sample: "Beispieldaten",
  },
  en: {
    openingHours: "Opening hours",
    byAppointment: "Appointment needed",
    days: "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    calendar: "Offers and dates",
    online: "Online",
    register: "Register",
    sample: "Sample data",
  },
  ar: {
    openingHours: "أوقات العمل",
    byAppointment: "يلزم حجز موعد",
    days: "الإثنين,الثلاثاء,الأربعاء,الخميس,الجمعة,السبت,الأحد",
    calendar: "العروض والمواعيد",
    online: "عبر الإنترنت",
    register: "التسجيل",
    sample: "بيانات تجريبية",
  },
  fa: {
    openingHours: "ساعات کاری",
    byAppointment: "نیاز به وقت قبلی",
    days: "دوشنبه,سه‌شنبه,چهارشنبه,پنجشنبه,جمعه,شنبه,یکشنبه",
    calendar: "برنامه‌ها و تاریخ‌ها",
    online: "آنلاین",
    register: "ثبت‌نام",
    sample: "داده‌های نمونه",
  },
  uk: {
    openingHours: "Години роботи",
    byAppointment: "Потрібен запис",
    days: "Пн,Вт,Ср,Чт,Пт,Сб,Нд",
    calendar: "Пропозиції та дати",
    online: "Онлайн",
    register: "Зареєструватися",
    sample: "Приклад даних",
  },
  ru: {
    openingHours: "Часы работы",
    byAppointment: "Нужна запись",
    days: "Пн,Вт,Ср,Чт,Пт,Сб,Вс",
    calendar: "Предложения и даты",
    online: "Онлайн",
    register: "Записаться",
    sample: "Пример данных",
  },
  tr: {
    openingHours: "Çalışma saatleri",
    byAppointment: "Randevu gerekli",
    days: "Pzt,Sal,Çar,Per,Cum,Cmt,Paz",
    calendar: "Teklifler ve tarihler",
    online: "Çevrim içi",
    register: "Kayıt ol",
    sample: "Örnek veri",
  },
};

export function fileTexts(locale: Locale): FileTexts {
  const texts = TEXTS[locale];
  return { ...texts, days: texts.days.split(",") };
}

/** Thrown for a `lang` the files are not offered in; the message is meant for the client. */
export class UnknownLanguageError extends Error {
  override name = "UnknownLanguageError";
}

/**
 * The language of a file: `?lang=` (like the widget's `lang` attribute; "ar-SY" counts as "ar"),
 * else the request's Accept-Language choice. A `lang` outside the seven is refused, not ignored:
 * a subscribed feed would otherwise silently stay German.
 */
export function fileLocale(lang: string | null, fromHeader: Locale): Locale {
  if (lang === null || lang === "") return fromHeader;
  const locale = normalizeLocale(lang);
  if (!locale) {
    throw new UnknownLanguageError(
      `"lang" must be one of ${SUPPORTED_LOCALES.join(", ")} (got "${lang.slice(0, 20)}").`,
    );
  }
  return locale;
}
