package dev.fidelio.library;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "genre")
public class Genre extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;
}
