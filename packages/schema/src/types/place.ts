import { builder } from "../builder.ts";
import { perItem } from "../complexity.ts";
import { badInput } from "../errors.ts";
import { validateSearch } from "../search/filters.ts";
import { searchPlaces } from "../search/place-search.ts";
import { compileRowJson } from "../search/row-json.ts";

export const Place = builder.prismaObject("Place", {
  description: "A locality with its postcode from the offline gazetteer (GeoNames, CC BY 4.0).",
  select: { id: true },
  fields: (t) => ({
    postcode: t.exposeString("postcode"),
    name: t.exposeString("name"),
    lat: t.exposeFloat("lat"),
    lng: t.exposeFloat("lng"),
    district: t.relation("district"),
  }),
});

export const MAX_PLACES = 50;

builder.queryField("places", (t) =>
  t.prismaField({
    type: [Place],
    description:
      'Geocoding without any external service: a postcode prefix ("997") or a place name, tolerant of accents and umlaut spellings ("Sommerda" finds "Sömmerda").',
    args: {
      search: t.arg.string({ required: true }),
      first: t.arg.int({ description: `At most ${MAX_PLACES}; default 10.` }),
    },
    complexity: (args) => perItem(args.first, 10),
    resolve: async (query, _root, args, ctx) => {
      const search = validateSearch(args.search);
      if (!search) throw badInput('"search" must not be empty.', "search");
      const first = args.first ?? 10;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PLACES) {
        throw badInput(`"first" must be between 1 and ${MAX_PLACES}.`, "first");
      }
      // One statement with only the selected columns when the selection compiles (row-json.ts).
      const found = await searchPlaces(ctx.db, search, first, compileRowJson("Place", query, "r"));
      if (found.rows) return found.rows as never[];
      const { ids } = found;
      if (ids.length === 0) return [];
      const rows = await ctx.db.prisma.place.findMany({ ...query, where: { id: { in: ids } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  }),
);
