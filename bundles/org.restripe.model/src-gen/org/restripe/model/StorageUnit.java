/**
 */
package org.restripe.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Storage Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A disk array (a T3 partner group, a 6120, a mainframe array): trays of disks, volumes, LUNs, cache settings, ports and CKD devices.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.StorageUnit#getCatalogModel <em>Catalog Model</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getAddress <em>Address</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#isVolumeSlicing <em>Volume Slicing</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getTrays <em>Trays</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getVolumes <em>Volumes</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getLuns <em>Luns</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getCkdDevices <em>Ckd Devices</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getCache <em>Cache</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getRawCapacity <em>Raw Capacity</em>}</li>
 *   <li>{@link org.restripe.model.StorageUnit#getUsableCapacity <em>Usable Capacity</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getStorageUnit()
 * @model
 * @generated
 */
public interface StorageUnit extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Catalog Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the array model in the device catalog, e.g. T3, T3+, 6120.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalog Model</em>' attribute.
	 * @see #setCatalogModel(String)
	 * @see org.restripe.model.RestripePackage#getStorageUnit_CatalogModel()
	 * @model
	 * @generated
	 */
	String getCatalogModel();

	/**
	 * Sets the value of the '{@link org.restripe.model.StorageUnit#getCatalogModel <em>Catalog Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalog Model</em>' attribute.
	 * @see #getCatalogModel()
	 * @generated
	 */
	void setCatalogModel(String value);

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see org.restripe.model.RestripePackage#getStorageUnit_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link org.restripe.model.StorageUnit#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Network address or host name of the array.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.restripe.model.RestripePackage#getStorageUnit_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.restripe.model.StorageUnit#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Volume Slicing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume slicing on (T3+ firmware 2.1 and 6120): more than one LUN a volume and more than two volumes a unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Slicing</em>' attribute.
	 * @see #setVolumeSlicing(boolean)
	 * @see org.restripe.model.RestripePackage#getStorageUnit_VolumeSlicing()
	 * @model
	 * @generated
	 */
	boolean isVolumeSlicing();

	/**
	 * Sets the value of the '{@link org.restripe.model.StorageUnit#isVolumeSlicing <em>Volume Slicing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Slicing</em>' attribute.
	 * @see #isVolumeSlicing()
	 * @generated
	 */
	void setVolumeSlicing(boolean value);

	/**
	 * Returns the value of the '<em><b>Trays</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.Tray}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trays</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getStorageUnit_Trays()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tray> getTrays();

	/**
	 * Returns the value of the '<em><b>Volumes</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.Volume}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volumes</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getStorageUnit_Volumes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Volume> getVolumes();

	/**
	 * Returns the value of the '<em><b>Luns</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.Lun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Luns</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getStorageUnit_Luns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lun> getLuns();

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.LunMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getStorageUnit_Mappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<LunMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.Port}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getStorageUnit_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Port> getPorts();

	/**
	 * Returns the value of the '<em><b>Ckd Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.CkdDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ckd Devices</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getStorageUnit_CkdDevices()
	 * @model containment="true"
	 * @generated
	 */
	EList<CkdDevice> getCkdDevices();

	/**
	 * Returns the value of the '<em><b>Cache</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cache</em>' containment reference.
	 * @see #setCache(CacheSettings)
	 * @see org.restripe.model.RestripePackage#getStorageUnit_Cache()
	 * @model containment="true"
	 * @generated
	 */
	CacheSettings getCache();

	/**
	 * Sets the value of the '{@link org.restripe.model.StorageUnit#getCache <em>Cache</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache</em>' containment reference.
	 * @see #getCache()
	 * @generated
	 */
	void setCache(CacheSettings value);

	/**
	 * Returns the value of the '<em><b>Raw Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum of the sizes of all disks, in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Raw Capacity</em>' attribute.
	 * @see org.restripe.model.RestripePackage#getStorageUnit_RawCapacity()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	long getRawCapacity();

	/**
	 * Returns the value of the '<em><b>Usable Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum of the capacities of all volumes, in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Usable Capacity</em>' attribute.
	 * @see org.restripe.model.RestripePackage#getStorageUnit_UsableCapacity()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	long getUsableCapacity();

} // StorageUnit
