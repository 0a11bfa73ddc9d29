import { graphql } from "../../api/graphql.ts";

/** Suggestions for the place search (the API's offline gazetteer). */
export const PLACES = graphql(`
  query PickerPlaces($search: String!, $first: Int) {
    places(search: $search, first: $first) { name postcode lat lng district { name } }
  }
`);

/** Where the pin fell: null outside Thuringia. */
export const DISTRICT_AT = graphql(`
  query PickerDistrictAt($lat: Float!, $lng: Float!) {
    districtAt(lat: $lat, lng: $lng) { name kind }
  }
`);

/** The district outlines: the whole base map (no tiles from anywhere else). */
export const DISTRICTS = graphql(`
  query PickerDistricts { districts { key name boundary } }
`);
