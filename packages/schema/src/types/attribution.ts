import { type DataSource, dataSources } from "@kausa/geo";
import { builder } from "../builder.ts";

const DataSourceRef = builder.objectRef<DataSource>("DataSource").implement({
  description: "A source of the reference data, with the attribution its licence requires.",
  fields: (t) => ({
    id: t.exposeString("id"),
    name: t.exposeString("name"),
    licence: t.exposeString("licence"),
    licenceUrl: t.exposeString("licenceUrl"),
    attribution: t.exposeString("attribution", { description: "Show this text wherever the data is shown." }),
    url: t.exposeString("url"),
  }),
});

builder.queryField("attribution", (t) =>
  t.field({
    type: [DataSourceRef],
    description: "Sources and licences of the reference data (districts, classifications, gazetteer).",
    resolve: () => [...dataSources],
  }),
);
