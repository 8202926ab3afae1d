"use client";

import { useEffect } from "react";
import { redundantSearchFields } from "@/lib/links/redundant-search-fields";

/**
 * Leaves the /search form's empty fields and default order out of the address it submits to
 * (`formdata` lets a script edit what a GET form sends, without taking over the submission).
 * Without JavaScript the form still works; its URL is only longer.
 */
export function TidySearchFormIsland({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const tidy = (event: FormDataEvent) => {
      for (const name of redundantSearchFields(event.formData)) event.formData.delete(name);
    };
    form.addEventListener("formdata", tidy);
    return () => form.removeEventListener("formdata", tidy);
  }, [formId]);
  return null;
}
