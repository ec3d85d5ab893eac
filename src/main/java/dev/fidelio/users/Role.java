package dev.fidelio.users;

/** What an account may do. Administrators can do everything a user can. */
public enum Role {
    ADMIN("admin"),
    USER("user");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The name used in the database, in security annotations and in the API. */
    public String id() {
        return id;
    }

    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id.equalsIgnoreCase(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + id + "': use 'admin' or 'user'");
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column implements jakarta.persistence.AttributeConverter<Role, String> {
        @Override
        public String convertToDatabaseColumn(Role role) {
            return role == null ? null : role.id;
        }

        @Override
        public Role convertToEntityAttribute(String id) {
            return id == null ? null : fromId(id);
        }
    }
}
