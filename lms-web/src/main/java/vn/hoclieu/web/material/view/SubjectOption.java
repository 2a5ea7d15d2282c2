package vn.hoclieu.web.material.view;

import java.io.Serializable;

/** A GDPT 2018 subject as the material pages offer it: its code and its names in both languages. */
public record SubjectOption(String code, String nameVi, String nameEn) implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
