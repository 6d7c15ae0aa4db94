/**
 */
package org.restripe.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A disk drive in a tray slot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.Disk#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.restripe.model.Disk#getSize <em>Size</em>}</li>
 *   <li>{@link org.restripe.model.Disk#getRole <em>Role</em>}</li>
 *   <li>{@link org.restripe.model.Disk#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getDisk()
 * @model
 * @generated
 */
public interface Disk extends Identified {
	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Slot in the tray, 1-based (d1..d9 on a T3, d01..d14 on a 6120).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see org.restripe.model.RestripePackage#getDisk_Slot()
	 * @model
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link org.restripe.model.Disk#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.restripe.model.RestripePackage#getDisk_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.restripe.model.Disk#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.DiskRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.restripe.model.DiskRole
	 * @see #setRole(DiskRole)
	 * @see org.restripe.model.RestripePackage#getDisk_Role()
	 * @model
	 * @generated
	 */
	DiskRole getRole();

	/**
	 * Sets the value of the '{@link org.restripe.model.Disk#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.restripe.model.DiskRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(DiskRole value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.FruStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.restripe.model.FruStatus
	 * @see #setStatus(FruStatus)
	 * @see org.restripe.model.RestripePackage#getDisk_Status()
	 * @model
	 * @generated
	 */
	FruStatus getStatus();

	/**
	 * Sets the value of the '{@link org.restripe.model.Disk#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.restripe.model.FruStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FruStatus value);

} // Disk
