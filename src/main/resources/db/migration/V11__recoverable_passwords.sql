-- An encrypted copy of each password (AES-256-GCM, bound to the account's id), for Subsonic's token login: it sends
-- md5(password + salt), which only the password itself can check. The key is never in the database (it is in the data
-- folder or the settings), so a copy of the database alone reveals no password. NULL: no copy, because the password
-- was set before copies were kept (one is made at its next password login) or copies are turned off.
ALTER TABLE app_user ADD COLUMN password_encrypted bytea;
