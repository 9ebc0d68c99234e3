import { graphql } from '@/gql';

export const CataloguePackagesQuery = graphql(`
  query CataloguePackages {
    dataPackages(includeInactive: true) {
      id
      name
      downloadKbps
      uploadKbps
      dataCapBytes
      monthlyPriceCents
      vatTreatment
      active
      overageBilled
      overageCentsPerGb
      version
    }
  }
`);

export const CreateDataPackageMutation = graphql(`
  mutation CreateDataPackage($input: CreateDataPackageInput!) {
    createDataPackage(input: $input) {
      id
      name
    }
  }
`);

export const UpdateDataPackageMutation = graphql(`
  mutation UpdateDataPackage($input: UpdateDataPackageInput!) {
    updateDataPackage(input: $input) {
      id
      name
      version
    }
  }
`);
