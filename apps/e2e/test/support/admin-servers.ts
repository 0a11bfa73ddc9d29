import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createApp, smtpMailer } from "@kausa/api";
import { startSmtpServer } from "@kausa/api/testing/smtp-server";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { createUserAccount } from "@kausa/schema";

/** The password of every account the admin tests create (long enough, not a common one). */
export const PASSWORD = "Kausa Thüringen prüft Anlaufstellen 2026";

export interface AdminAccounts {
  admin: { id: string; email: string };
  editor: { id: string; email: string };
  /** A PARTNER_EDITOR of `partnerId`. */
  partnerEditor: { id: string; email: string; partnerId: string };
}

export interface AdminServers {
  /** The API with /admin, e.g. http://localhost:PORT (also the admin origin). */
  api: string;
  database: TestDatabase;
  accounts: AdminAccounts;
  smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
  );

/**
 * The API as the admin app's users reach it, on a fresh test database with the sample data, a
 * real SMTP server for invitations, and three accounts with passwords: an ADMIN, an EDITOR and
 * a PARTNER_EDITOR of the sample partner with the most contact points.
 */
export async function startAdminServers(): Promise<AdminServers> {
  const database = await createTestDatabase();
  const smtp = await startSmtpServer();
  // The admin origin is the API's own, known only once the port is: the app is made after listen.
  let app: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => app?.(req, res));
  const port = await listen(server);
  const api = `http://localhost:${port}`;
  app = createApp({
    db: database.db,
    rateLimit: false,
    adminOrigin: api,
    mailer: smtpMailer({ url: smtp.url, from: "kausa@example.org" }),
  });
  const prisma = database.db.prisma;
  const partner = await prisma.partner.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { contactPoints: { _count: "desc" } },
  });
  const actor = { userId: null, tokenId: null, label: "e2e" };
  const create = async (
    email: string,
    role: "ADMIN" | "EDITOR" | "PARTNER_EDITOR",
    partnerId: string | null = null,
  ) =>
    (
      await createUserAccount(database.db, actor, {
        email,
        role,
        partnerId,
        password: PASSWORD,
        name: email.split("@")[0],
      })
    ).user;
  const accounts: AdminAccounts = {
    admin: await create("admin@kausa.example", "ADMIN"),
    editor: await create("redaktion@kausa.example", "EDITOR"),
    partnerEditor: {
      ...(await create("partner@traeger.example", "PARTNER_EDITOR", partner.id)),
      partnerId: partner.id,
    },
  };
  return {
    api,
    database,
    accounts,
    smtp,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await smtp.close();
      await database.dispose();
    },
  };
}
