import { Field, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './pagination';

/**
 * A cursor connection of `Node`s (`<Name>Connection` with `<Name>Edge`s and `pageInfo`), for
 * lists that grow: extend it to add fields such as `totalCount`.
 *   @ObjectType() export class CustomerConnection extends Connection(Customer, 'Customer') {}
 */
export function Connection<Node extends object>(node: ClassType<Node>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: Node;
  }

  // Not in the schema itself: only the classes that extend it are referenced by resolvers.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionBase {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionBase;
}
