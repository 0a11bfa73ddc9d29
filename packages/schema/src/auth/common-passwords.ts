// Passwords that appear at the top of every leaked-password list, in English and German. The
// minimum length (12) already refuses most of them; what matters here are the long ones and the
// stems ("passwort", "hallo") that people pad with digits to reach the length — the policy strips
// trailing digits and symbols before it looks a password up (passwords.ts).

const WORDS = `
123456 123456789 12345678 1234567890 12345 1234567 123123 111111 000000 654321 666666 121212
112233 123321 987654321 1234567891 123456789012 1234567890123 qwerty qwertz qwertzu qwertzui
qwertzuiop qwertzuiopü qwertyuiop qwerty123 qwertz123 qwertz1234 qwertzuiop123 asdfgh asdfghjkl
asdfghjklö yxcvbnm yxcvbnm123 zxcvbnm 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1qay2wsx 1qaz2wsx 2wsx3edc
qayxsw wsxedc ichliebedich liebedich schatz schatzi schatzischatzi hallo hallo123 hallohallo
passwort passwort1 passwort123 passwortpasswort kennwort kennwort123 geheim geheim123 geheimnis
sommer sommer2024 sommer2025 sommer2026 winter winter2024 winter2025 winter2026 fruehling herbst
fussball fußball bayern bayernmünchen schalke04 borussia dortmund werder hamburg berlin
deutschland thueringen thüringen erfurt jena weimar gera gotha eisenach nordhausen suhl
arbeit ausbildung kausa kausa123 admin admin123 administrator administrator123 root user
benutzer benutzer123 test test123 test1234 testtest testing willkommen willkommen123 welcome
welcome123 password password1 password123 passw0rd p@ssw0rd p@ssword letmein letmein123 iloveyou
monkey dragon master sunshine princess football baseball shadow superman batman trustno1
abc123 abcdef abcdefg abcdefgh abcdefghijkl aaaaaa changeme changeme123 secret secret123 login
login123 startstart start123 mustermann maxmustermann musterfrau internet computer
microsoft google samsung mercedes porsche ferrari snoopy pokemon starwars blink182 qwer1234
asdf1234 zaq12wsx zaq1zaq1 !qaz2wsx 1234qwer 12qwaszx qweasdzxc qweasd asdasd asd123 qwe123
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Rows of German and English keyboards and the digit row: walks along them are guessed first. */
export const KEYBOARD_ROWS: readonly string[] = [
  "1234567890ß",
  "qwertzuiopü",
  "asdfghjklöä",
  "yxcvbnm",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "abcdefghijklmnopqrstuvwxyz",
];
