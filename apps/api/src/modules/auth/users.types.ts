import { IsEmail, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Reseller } from '../resellers';
import { PasswordLinkPurpose } from './password-link.entity';

const PASSWORD = { min: 12, max: 200, message: 'must be at least 12 characters' };

@ObjectType({ description: 'A person who signs in, as the admin screens show them' })
export class StaffUserInfo {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  role: string;

  @Field(() => Reseller, { nullable: true })
  reseller: Reseller | null;

  @Field(() => Boolean, { description: 'false: deactivated, cannot sign in' })
  active: boolean;

  @Field(() => Boolean, { description: 'false until an invited (or reset) user chooses a password' })
  passwordSet: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;
}

@ObjectType({ description: 'A one-time link to choose a password; the token is shown only now' })
export class IssuedPasswordLink {
  @Field(() => String)
  token: string;

  @Field(() => String, { description: 'Path on the web app, e.g. /invite/slp_…; prefix it with the web origin' })
  path: string;

  @Field(() => PasswordLinkPurpose)
  purpose: PasswordLinkPurpose;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType()
export class UserWithPasswordLink {
  @Field(() => StaffUserInfo)
  user: StaffUserInfo;

  @Field(() => IssuedPasswordLink, { nullable: true, description: 'Set when no password was given' })
  link: IssuedPasswordLink | null;
}

@ObjectType({ description: 'Who a password link is for (public: the token is the proof)' })
export class PasswordLinkDetails {
  @Field(() => PasswordLinkPurpose)
  purpose: PasswordLinkPurpose;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => Date)
  expiresAt: Date;
}

@InputType()
export class CreateStaffUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field(() => String)
  @Length(1, 120)
  name: string;

  @Field(() => String, { nullable: true, description: 'Initial password; leave out to get a one-time invite link instead' })
  @IsOptional()
  @Length(PASSWORD.min, PASSWORD.max, { message: PASSWORD.message })
  password?: string;

  @Field(() => String)
  @Length(1, 60)
  role: string;

  @Field(() => ID, { nullable: true, description: 'Required for reseller roles: the user sees only this reseller' })
  @IsOptional()
  @IsUUID()
  resellerId?: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { nullable: true, description: 'The new password; leave out to get a one-time reset link instead' })
  @IsOptional()
  @Length(PASSWORD.min, PASSWORD.max, { message: PASSWORD.message })
  password?: string;
}

@InputType()
export class SetPasswordWithLinkInput {
  @Field(() => String)
  @Length(1, 200)
  token: string;

  @Field(() => String)
  @Length(PASSWORD.min, PASSWORD.max, { message: PASSWORD.message })
  password: string;
}
