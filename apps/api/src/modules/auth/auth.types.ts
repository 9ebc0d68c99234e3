import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Reseller } from '../resellers';
import { ActorKind } from '../../kernel/request-context';

@ObjectType({ description: 'The caller: a signed-in person or an API token' })
export class Me {
  @Field(() => ID)
  id: string;

  @Field(() => ActorKind)
  kind: ActorKind;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String)
  name: string;

  @Field(() => String)
  role: string;

  @Field(() => [String], { description: 'Widget and action permissions, e.g. notes:read' })
  permissions: string[];

  resellerId: string | null;
}

@ObjectType()
export class LoginResult {
  @Field(() => String, { description: 'Session token: send as Authorization: Bearer (the web app uses the cookie)' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Me)
  me: Me;
}

@ObjectType('ApiTokenInfo')
export class ApiTokenInfo {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  prefix: string;

  @Field(() => String)
  role: string;

  @Field(() => Reseller, { nullable: true })
  reseller: Reseller | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token was last used, to the minute' })
  lastUsedAt: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret, shown only now: store it safely' })
  token: string;

  @Field(() => ApiTokenInfo)
  apiToken: ApiTokenInfo;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String)
  @Length(3, 80)
  name: string;

  @Field(() => String, { description: 'Role name, e.g. reseller or reporting' })
  @Length(1, 60)
  role: string;

  @Field(() => ID, { nullable: true, description: 'Required for a reseller-scoped role: the token sees only this reseller' })
  @IsOptional()
  @IsUUID()
  resellerId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  expiresAt?: Date;
}

const ROLE_NAME = /^[a-z][a-z0-9_]{1,40}$/;

@InputType()
export class CreateRoleInput {
  @Field(() => String)
  @Matches(ROLE_NAME, { message: 'must be lower-case letters, digits and _' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  permissions?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Its users and tokens must have a reseller and see only its customers (default false)' })
  @IsOptional()
  resellerScoped?: boolean;
}
