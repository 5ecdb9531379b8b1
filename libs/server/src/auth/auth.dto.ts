import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'sekretariat@demo.pejling.dk' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ description: 'at least 12 characters, not one of the most common passwords' })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

export class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ description: 'at least 12 characters, not one of the most common passwords' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class SignInLinkDto {
  @ApiProperty({ description: 'the token of a sign-in link from a reminder e-mail' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}
