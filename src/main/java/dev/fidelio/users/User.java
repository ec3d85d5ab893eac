package dev.fidelio.users;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** The password encrypted by {@link PasswordVault}, for Subsonic token logins; null when there is none. */
    @Column(name = "password_encrypted")
    public byte[] passwordEncrypted;

    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
