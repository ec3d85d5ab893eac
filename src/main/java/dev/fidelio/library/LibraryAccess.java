package dev.fidelio.library;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Which libraries an account may see, and the admin's way to change it. */
@ApplicationScoped
public class LibraryAccess {

    private final EntityManager entityManager;

    LibraryAccess(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What {@code userId} may see; an admin sees everything whatever is stored. */
    @Transactional
    public VisibleLibraries of(long userId) {
        List<?> user = entityManager.createNativeQuery("SELECT role = 'admin' OR all_libraries FROM app_user WHERE id = ?1")
                .setParameter(1, userId).getResultList();
        if (user.isEmpty()) {
            return VisibleLibraries.only(Set.of());
        }
        if ((Boolean) user.get(0)) {
            return VisibleLibraries.ALL;
        }
        List<?> folders = entityManager.createNativeQuery("SELECT music_folder_id FROM user_library WHERE user_id = ?1")
                .setParameter(1, userId).getResultList();
        return VisibleLibraries.only(folders.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet()));
    }

    /** What each of these accounts may see, in one statement; an unknown id is left out. */
    @Transactional
    public Map<Long, VisibleLibraries> of(Collection<Long> userIds) {
        List<?> rows = entityManager.createNativeQuery("SELECT u.id, u.role = 'admin' OR u.all_libraries, l.music_folder_id "
                + "FROM app_user u LEFT JOIN user_library l ON l.user_id = u.id AND NOT (u.role = 'admin' OR u.all_libraries) "
                + "WHERE u.id = ANY(?1)").setParameter(1, userIds.toArray(Long[]::new)).getResultList();
        Map<Long, Set<Long>> folders = new HashMap<>();
        Set<Long> everything = new HashSet<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long user = ((Number) r[0]).longValue();
            Set<Long> own = folders.computeIfAbsent(user, u -> new HashSet<>());
            if ((Boolean) r[1]) {
                everything.add(user);
            } else if (r[2] != null) {
                own.add(((Number) r[2]).longValue());
            }
        }
        Map<Long, VisibleLibraries> visible = new HashMap<>();
        folders.forEach((user, own) -> visible.put(user, everything.contains(user) ? VisibleLibraries.ALL : VisibleLibraries.only(own)));
        return visible;
    }

    /** Lets {@code userId} see every library, including ones added later. */
    @Transactional
    public void allowAll(long userId) {
        requireUser(userId);
        entityManager.createNativeQuery("UPDATE app_user SET all_libraries = true WHERE id = ?1").setParameter(1, userId)
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM user_library WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
    }

    /** Limits {@code userId} to exactly these libraries; an empty set hides the whole collection. */
    @Transactional
    public void restrict(long userId, Set<Long> musicFolderIds) {
        requireUser(userId);
        Long[] ids = musicFolderIds.toArray(Long[]::new);
        long known = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM music_folder WHERE id = ANY(?1)")
                .setParameter(1, ids).getSingleResult()).longValue();
        if (known != ids.length) {
            throw new IllegalArgumentException("Unknown library among " + musicFolderIds);
        }
        entityManager.createNativeQuery("UPDATE app_user SET all_libraries = false WHERE id = ?1").setParameter(1, userId)
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM user_library WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO user_library (user_id, music_folder_id) SELECT ?1, unnest(?2)")
                .setParameter(1, userId).setParameter(2, ids).executeUpdate();
    }

    private void requireUser(long userId) {
        if (entityManager.createNativeQuery("SELECT 1 FROM app_user WHERE id = ?1").setParameter(1, userId).getResultList()
                .isEmpty()) {
            throw new IllegalArgumentException("No user with id " + userId);
        }
    }
}
