import { graphql } from "../api/graphql.ts";

export const ME = graphql(`
  query Me { me { id email name role partner { id name } } }
`);

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { user { id } }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout { logout }
`);

export const SET_PASSWORD = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) { user { id } }
  }
`);
